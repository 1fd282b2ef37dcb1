import { InitialSchema1795951775034 } from './1795951775034-initial-schema';
import { NamurCommunes1795951775035 } from './1795951775035-namur-communes';

/** In order; listed explicitly because the apps are bundled (no globbing at run time). */
export const MIGRATIONS = [InitialSchema1795951775034, NamurCommunes1795951775035];
