// Where the user dictionary is read from, and that an untrusted workspace makes the extension read
// nothing, whatever its settings say.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { userDictionarySource } from '../../src/extension/userDictionaryPath';

test('in an untrusted workspace no user dictionary is read, inside or outside the workspace', () => {
  for (const setting of ['/etc/passwd', '../../secrets.json', '~/.ssh/id_rsa', 'dict.json']) {
    const source = userDictionarySource(setting, false, '/work/ws', '/home/me');
    assert.equal(source.read, false, setting);
  }
});

test('in a trusted workspace a relative path is read from the workspace folder', () => {
  assert.deepEqual(userDictionarySource('dicts/names.json', true, '/work/ws', '/home/me'), { read: true, path: '/work/ws/dicts/names.json' });
});

test('in a trusted workspace ~ is the home folder and an absolute path stays as written', () => {
  assert.deepEqual(userDictionarySource('~/names.json', true, '/work/ws', '/home/me'), { read: true, path: '/home/me/names.json' });
  assert.deepEqual(userDictionarySource('/data/names.json', true, '/work/ws', '/home/me'), { read: true, path: '/data/names.json' });
});

test('an empty setting reads nothing', () => {
  assert.equal(userDictionarySource('', true, '/work/ws', '/home/me').read, false);
});
