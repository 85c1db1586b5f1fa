import { frameworkScenario } from './scenario.js';

describe('React 18, gigya-logout/react (@lit/react)', () => frameworkScenario('react18'));
