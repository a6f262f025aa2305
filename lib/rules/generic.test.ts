import { describeFamily } from './examples/harness';
import { genericExamples } from './examples/generic';

describeFamily('generic', genericExamples);
