import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** The frame of the pages shown outside the application shell: sign-in, password, access denied. */
@Component({
  selector: 'bep-auth-frame',
  imports: [RouterLink],
  templateUrl: './auth-frame.html',
  styleUrl: './auth-frame.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuthFrame {}
