import { ChangeDetectionStrategy, Component } from '@angular/core';
import { PublicBanner } from '@bep/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The frame of the pages shown outside the application shell: sign-in, password, access denied.
 * It reads the words of scope `auth`, which each of those pages provides, and offers the language
 * switch: a visitor may sign in in English.
 */
@Component({
  selector: 'bep-auth-frame',
  imports: [PublicBanner, TranslocoPipe],
  templateUrl: './auth-frame.html',
  styleUrl: './auth-frame.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuthFrame {}
