import { frameworkScenario } from './scenario.js';

describe('React 19, the bare tag (gigya-logout/react-jsx)', () => frameworkScenario('react19'));
