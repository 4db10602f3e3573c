#!/usr/bin/env node
// Entry point of the `solieu` command. The sources are TypeScript and run
// through tsx's loader, so pipelines in pipelines/*.ts (including ones a user
// adds) load without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
