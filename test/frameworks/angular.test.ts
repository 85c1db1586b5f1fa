import { frameworkScenario } from './scenario.js';

describe('Angular 21, compiled just in time, CUSTOM_ELEMENTS_SCHEMA', () => frameworkScenario('angular'));
