import { frameworkScenario } from './scenario.js';

describe('Vue 3 SFC, compiled with the Vite config of the README (gigya-logout/vue)', () => frameworkScenario('vue'));
