import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { Contact } from '@bep/contracts';
import { CommunePageStore } from '@bep/web/communes/data-access';
import { apiFailure, type ApiFailure, FailureTextPipe } from '@bep/web/shared/data-access';
import { BepPhonePipe } from '@bep/web/shared/i18n/phone';
import { TranslocoPipe } from '@jsverse/transloco';
import { ContactDialog, type ContactDialogData } from '../contact-dialog/contact-dialog';
import { Badge } from '../shared/badge';
import { communeFailures } from '../shared/commune-failures';
import { LoadStatus } from '../shared/load-status';
import { PageDialogs } from '../shared/page-dialogs';

/** What failed, on whom, to say it next to the list. */
interface ActionFailure {
  name: string;
  failure: ApiFailure;
}

/**
 * What may be done to one contact, with its words.
 */
interface ContactAction {
  key: 'edit' | 'remove' | 'export' | 'erase';
  /** The words: `commune.contacts.<label>` and, naming the contact, `commune.contacts.<label>Of`. */
  label: 'edit' | 'delete' | 'export' | 'erase';
  destructive: boolean;
}

const CHANGE_ACTIONS: readonly ContactAction[] = [
  { key: 'edit', label: 'edit', destructive: false },
  { key: 'remove', label: 'delete', destructive: false },
];
const GDPR_ACTIONS: readonly ContactAction[] = [
  { key: 'export', label: 'export', destructive: false },
  { key: 'erase', label: 'erase', destructive: true },
];

/**
 * The commune's contacts: how to reach them (phones grouped the Belgian way), who forms the
 * binôme. Managers add, change and delete them, the consultants of the team add them; managers
 * and administrators answer GDPR requests (export, erasure).
 */
@Component({
  selector: 'bep-contacts-section',
  imports: [Badge, BepPhonePipe, FailureTextPipe, LoadStatus, MatButtonModule, TranslocoPipe],
  templateUrl: './contacts-section.html',
  styleUrls: ['../shared/section.css', './contacts-section.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactsSection {
  /** How the failures of this part of the page are worded. */
  protected readonly failures = communeFailures('commune.contacts.alreadyErased');
  protected readonly store = inject(CommunePageStore);
  readonly #dialogs = inject(PageDialogs);
  readonly #document = inject(DOCUMENT);

  /** Where the focus goes when the contact it was on disappears. */
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  /** What the user may do to a contact: managers change them, managers and admins answer GDPR requests. */
  protected readonly actions = computed<ContactAction[]>(() => {
    const { manageContacts, gdpr } = this.store.permissions();
    return [
      ...(manageContacts ? CHANGE_ACTIONS : []),
      ...(gdpr ? GDPR_ACTIONS : []),
    ];
  });

  /** Where "Supprimer" and "Effacer les données personnelles" stand side by side, the difference is said in words. */
  protected readonly explainDeleteOrErase = computed(() => {
    const keys = this.actions().map((action) => action.key);
    return keys.includes('remove') && keys.includes('erase') && (this.store.contacts.value() ?? []).length > 0;
  });

  protected readonly busy = signal<string | null>(null);
  protected readonly actionFailure = signal<ActionFailure | null>(null);

  protected run(action: ContactAction, contact: Contact): Promise<void> {
    return this[action.key](contact);
  }

  protected async add(): Promise<void> {
    await this.#edit(null);
  }

  protected async edit(contact: Contact): Promise<void> {
    await this.#edit(contact);
  }

  protected async remove(contact: Contact): Promise<void> {
    if (!(await this.#dialogs.confirm('commune.contacts.deleteConfirm', { name: contact.name }))) return;
    await this.#act(contact, async () => {
      await this.store.deleteContact(contact.id);
      this.heading().nativeElement.focus();
      this.#dialogs.announce('commune.contacts.deleted', { name: contact.name });
    });
  }

  /** GDPR access request: the JSON the API returns, saved as a file. */
  protected async export(contact: Contact): Promise<void> {
    await this.#act(contact, async () => {
      const data = await this.store.exportContact(contact.id);
      this.#download(`contact-${contact.id}.json`, JSON.stringify(data, null, 2));
      this.#dialogs.announce('commune.contacts.exported', { name: contact.name });
    });
  }

  protected async erase(contact: Contact): Promise<void> {
    if (!(await this.#dialogs.confirm('commune.contacts.eraseConfirm', { name: contact.name }))) return;
    await this.#act(contact, async () => {
      await this.store.eraseContact(contact.id);
      this.heading().nativeElement.focus();
      this.#dialogs.announce('commune.contacts.erased', { name: contact.name });
    });
  }

  async #edit(contact: Contact | null): Promise<void> {
    this.actionFailure.set(null);
    const saved = await this.#dialogs.open<ContactDialog, ContactDialogData, Contact>(ContactDialog, { contact }, '36rem');
    if (saved) this.#dialogs.announce('commune.contacts.saved', { name: saved.name });
  }

  async #act(contact: Contact, action: () => Promise<void>): Promise<void> {
    this.busy.set(contact.id);
    this.actionFailure.set(null);
    try {
      await action();
    } catch (error) {
      this.actionFailure.set({ name: contact.name, failure: apiFailure(error) });
    } finally {
      this.busy.set(null);
    }
  }

  #download(fileName: string, json: string): void {
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = this.#document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    URL.revokeObjectURL(url);
  }
}
