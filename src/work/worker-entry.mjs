// Piscina workers load plain JavaScript: register tsx so the TypeScript job module can be imported.
import { register } from 'tsx/esm/api';

register();
const jobs = await import('./worker-jobs.ts');
export default jobs.default;
