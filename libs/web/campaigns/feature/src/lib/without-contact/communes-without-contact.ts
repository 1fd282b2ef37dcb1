import { ChangeDetectionStrategy, Component, inject, input, type OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { CommunesWithoutContact } from '@bep/contracts';
import { CampaignsApi } from '@bep/web/campaigns/data-access';
import { apiFailure, FailureTextPipe, type ApiFailure } from '@bep/web/shared/data-access';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

/**
 * On a campaign's page: the communes that no e-mail reaches (no contact with an address), each
 * linked to its page where a contact is added. Their questionnaire's invitation and reminders
 * cannot leave: each is skipped "no recipient" on the Rappels page.
 */
@Component({
  selector: 'bep-communes-without-contact',
  imports: [FailureTextPipe, MatButtonModule, RouterLink, TranslocoPipe],
  templateUrl: './communes-without-contact.html',
  styleUrl: './communes-without-contact.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommunesWithoutContactSection implements OnInit {
  readonly campaignId = input.required<string>();

  readonly #api = inject(CampaignsApi);
  protected readonly communes = signal<CommunesWithoutContact['items'] | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.failure.set(null);
    try {
      this.communes.set((await firstValueFrom(this.#api.communesWithoutContact(this.campaignId()))).items);
    } catch (error) {
      this.failure.set(apiFailure(error));
    }
  }
}
