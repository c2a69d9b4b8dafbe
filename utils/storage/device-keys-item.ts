import { deviceKeyListSchema } from '../model';
import { storedItem } from './stored-item';

/** The team policy's registered devices (their public keys), for verifying the team log. */
export const deviceKeysStore = storedItem({ key: 'local:deviceKeys', schema: deviceKeyListSchema, fallback: [], version: 1 });
