// Unit tests read the dictionary and the name model the way the command line does, loaded once
// on first use (node --import this file).
import { loadNodeResources } from '../../src/core/nodeResources';
import { setDefaultResources } from '../../src/core/resources';

setDefaultResources(loadNodeResources);
