import { describeFamily } from './examples/harness';
import { authExamples } from './examples/auth';

describeFamily('auth', authExamples);
