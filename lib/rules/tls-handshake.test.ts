import { describeFamily } from './examples/harness';
import { tlsExamples } from './examples/tls-handshake';

describeFamily('tls-handshake', tlsExamples);
