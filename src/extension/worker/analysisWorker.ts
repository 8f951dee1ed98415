// The analysis worker in Node (a worker_threads Worker of the extension host): the analysis service
// (workerService.ts) on the thread's port, with the compiled model read from dist/model.bin on the
// first analysis.
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { setDefaultResources } from '../../core';
import { loadNodeResources } from '../../core/nodeResources';
import { analysisService } from './workerService';

const port = parentPort;
if (!port) throw new Error('analysisWorker must run in a worker thread');

setDefaultResources(loadNodeResources);
const onMessage = analysisService({
  post: (message, transfer) => port.postMessage(message, transfer),
  defer: (work) => setImmediate(work),
  memory: () => {
    const heap = getHeapStatistics();
    return { heapUsed: heap.used_heap_size, heapTotal: heap.total_heap_size, heapLimit: heap.heap_size_limit };
  },
});
port.on('message', onMessage);
