import { frameworkScenario } from './scenario.js';

describe('Svelte 5, compiled by svelte/compiler (gigya-logout/svelte)', () => frameworkScenario('svelte'));
