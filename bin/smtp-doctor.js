#!/usr/bin/env node
// Runs the TypeScript CLI in place (tsx), so `npx smtp-doctor` works from a fresh `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../server/cli.ts');
process.exitCode = await main(process.argv.slice(2));
