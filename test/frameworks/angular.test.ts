import { frameworkScenario } from './scenario.js';

describe('Angular 21, compiled ahead of time, CUSTOM_ELEMENTS_SCHEMA', () => frameworkScenario('angular'));
