import { describeFamily } from './examples/harness';
import { providerExamples } from './examples/providers';

describeFamily('providers', providerExamples);
