import { register } from 'node:module';

register('./quiet-client.mjs', import.meta.url);
