import { describeFamily } from './examples/harness';
import { clientExamples } from './examples/clients';

describeFamily('clients', clientExamples);
