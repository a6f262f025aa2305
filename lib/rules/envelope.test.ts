import { describeFamily } from './examples/harness';
import { envelopeExamples } from './examples/envelope';

describeFamily('envelope', envelopeExamples);
