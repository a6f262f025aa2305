import { describeFamily } from './examples/harness';
import { codeExamples } from './examples/codes';

describeFamily('codes', codeExamples);
