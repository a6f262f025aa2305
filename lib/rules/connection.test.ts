import { describeFamily } from './examples/harness';
import { connectionExamples } from './examples/connection';

describeFamily('connection', connectionExamples);
