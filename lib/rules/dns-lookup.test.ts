import { describeFamily } from './examples/harness';
import { dnsExamples } from './examples/dns-lookup';

describeFamily('dns-lookup', dnsExamples);
