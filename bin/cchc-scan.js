#!/usr/bin/env node
// The `scan` command as a package bin: runs the TypeScript source through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
