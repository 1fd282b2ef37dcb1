import { Route } from '@angular/router';
import { CommunesPage } from './communes-page/communes-page';

export const communesRoutes: Route[] = [{ path: '', component: CommunesPage }];
