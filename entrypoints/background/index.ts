import { defineBackground } from '#imports';
import { AppDB } from '@/utils/db/app-db';
import { registerHandlers } from './handlers';

export default defineBackground({
  type: 'module',
  main() {
    registerHandlers(new AppDB());
  },
});
