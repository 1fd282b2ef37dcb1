import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { Campaign } from '@bep/contracts';
import { CampaignsStore, type CampaignTransition } from '@bep/web/campaigns/data-access';
import { FailureTextPipe } from '@bep/web/shared/data-access';
import { BepDatePipe, BepMoneyPipe } from '@bep/web/shared/i18n';
import { compactLayout } from '@bep/web/ui';
import { confirmAction } from '@bep/web/ui-material';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { campaignFailureText } from '../campaign-failure';

/** The transitions asked to confirm first, and the action's camel-case word in the translations. */
const CONFIRMED: ReadonlySet<CampaignTransition> = new Set(['make-current', 'close', 'archive']);
const WORD: Record<CampaignTransition, 'makeCurrent' | 'close' | 'reopen' | 'archive'> = {
  'make-current': 'makeCurrent',
  close: 'close',
  reopen: 'reopen',
  archive: 'archive',
};

/**
 * /campagnes (managers): every campaign, newest first, with its dates, status, whether it is the
 * current one, its engagements and its envelope; a new one; and per campaign what its status
 * allows (edit, make current, close, reopen, archive), confirmed where it matters and said in a
 * snack bar, or why the server refused in an alert. A table on wide screens, cards below 840 px.
 */
@Component({
  selector: 'bep-campaign-list-page',
  imports: [BepDatePipe, BepMoneyPipe, FailureTextPipe, MatButtonModule, MatProgressBarModule, MatTableModule, NgTemplateOutlet, RouterLink, TranslocoPipe],
  templateUrl: './campaign-list-page.html',
  styleUrl: './campaign-list-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignListPage {
  protected readonly store = inject(CampaignsStore);
  readonly #dialog = inject(MatDialog);
  readonly #snackBar = inject(MatSnackBar);
  readonly #transloco = inject(TranslocoService);

  protected readonly compact = compactLayout();
  protected readonly columns = ['name', 'period', 'status', 'engagements', 'budget', 'actions'];
  /** The campaign whose change is under way: its buttons wait. */
  protected readonly busy = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly current = computed(() => this.store.campaigns().find((campaign) => campaign.isCurrent) ?? null);

  constructor() {
    this.store.load();
  }

  protected word(transition: CampaignTransition): string {
    return WORD[transition];
  }

  /** What the campaign's status allows, in the order the buttons show. */
  protected transitions(campaign: Campaign): CampaignTransition[] {
    const makeCurrent: CampaignTransition[] = campaign.isCurrent ? [] : ['make-current'];
    switch (campaign.status) {
      case 'open':
        return [...makeCurrent, 'close'];
      case 'closed':
        return [...makeCurrent, 'reopen', 'archive'];
      default:
        return [];
    }
  }

  /** Archiving the current campaign is refused by the API: the button says why rather than fail. */
  protected refusedHere(campaign: Campaign, transition: CampaignTransition): boolean {
    return transition === 'archive' && campaign.isCurrent;
  }

  protected async run(campaign: Campaign, transition: CampaignTransition): Promise<void> {
    const word = WORD[transition];
    if (CONFIRMED.has(transition) && !(await this.#confirm(campaign, transition))) return;
    this.busy.set(campaign.id);
    this.actionError.set(null);
    try {
      const changed = await this.store.transition(campaign.id, transition);
      this.#snackBar.open(this.#transloco.translate(`campaigns.done.${word}`, { name: changed.name }), undefined, { duration: 5000 });
    } catch (error) {
      this.actionError.set(`${this.#transloco.translate(`campaigns.failed.${word}`, { name: campaign.name })} ${campaignFailureText(error, this.#transloco)}`);
    } finally {
      this.busy.set(null);
    }
  }

  #confirm(campaign: Campaign, transition: CampaignTransition): Promise<boolean> {
    const word = WORD[transition];
    const params = { name: campaign.name, previous: this.current()?.name ?? '' };
    return firstValueFrom(
      confirmAction(this.#dialog, {
        title: this.#transloco.translate(`campaigns.confirm.${word}.title`, params),
        message: this.#transloco.translate(`campaigns.confirm.${word}.message`, params),
        confirmLabel: this.#transloco.translate(`campaigns.action.${word}`),
        destructive: transition === 'archive',
      }),
    );
  }
}
