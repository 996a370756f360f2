/**
 * The consultant workspace's texts in English (the source): the assessments list, one assessment,
 * the invite links, the outbox. Loaded with those pages only, never with the questionnaire.
 */
export const WORKSPACE_EN = {
  'workspace.retry': 'Try again',
  'workspace.dismiss': 'Dismiss',
  'workspace.cancel': 'Cancel',
  'workspace.allAssessments': '← All assessments',
  'workspace.status.open': 'Open',
  'workspace.status.closed': 'Closed',
  'workspace.percent': '{percent, number} %',
  'workspace.date': '{date, date}',

  'workspace.list.title': 'Assessments',
  'workspace.list.new': 'New assessment',
  'workspace.list.loading': 'Loading your assessments…',
  'workspace.list.errorTitle': 'Your assessments cannot be shown',
  'workspace.list.emptyTitle': 'No assessments yet',
  'workspace.list.emptyText':
    'An assessment collects the views of a client’s stakeholders on how projects are run. Create one for a client, then invite the people who should answer.',
  'workspace.list.emptyAction': 'Create the first assessment',
  'workspace.list.caption': 'Your assessments',
  'workspace.list.client': 'Client',
  'workspace.list.status': 'Status',
  'workspace.list.due': 'Answers due',
  'workspace.list.responses': 'Responses',
  'workspace.list.created': 'Created',
  'workspace.list.followUp': 'follow-up',
  'workspace.list.progress': '{submitted, number} of {invited, number} ({percent, number} %)',

  'workspace.new.title': 'New assessment',
  'workspace.new.submit': 'Create assessment',

  'workspace.form.loading': 'Loading the form…',
  'workspace.form.client': 'Client',
  'workspace.form.due': 'Answers due (optional)',
  'workspace.form.language': 'Language of the invitations and questionnaire',
  'workspace.form.context': 'The client’s context',
  'workspace.form.k': 'Smallest group shown (k)',
  'workspace.form.kHint':
    'No figure rests on fewer than k people, and counts move in steps of k. At least 3; fixed once someone submits.',
  'workspace.plan.title': 'Who you plan to invite (optional)',
  'workspace.plan.intro':
    'Enter how many people of each role you plan to invite, to see what k will let you show. Nothing here is saved or sent.',
  'workspace.plan.previewTitle': 'What you will see',
  'workspace.plan.none':
    'Results appear once {k, number} people have submitted, and every count moves in steps of {k, number}.',
  'workspace.plan.own':
    '{roles}: each role is shown as its own group from {k, number} submissions, in steps of {k, number}.',
  'workspace.plan.ownRole': '{count, number} {role}',
  'workspace.plan.pooled':
    'With {roles} and k = {k, number}, {count, plural, one {that role is} other {those roles are}} pooled with other small roles.',
  'workspace.plan.poolShown':
    'The pool holds up to {size, number} people, so it can be shown once {k, number} of them have submitted.',
  'workspace.plan.poolHidden':
    'Even pooled they are {size, number}, fewer than {k, number}: their answers count only in the overall figures, never as a group.',
  'workspace.plan.rest':
    'When a role’s number is not a multiple of {k, number}, the people beyond the last full step join the pool.',
  'workspace.plan.tooFew':
    'With {total, number} people in all and k = {k, number}, no result can ever be shown: invite at least {k, number}.',
  'workspace.plan.overall':
    'Overall results appear from {k, number} submissions; with {total, number} planned, the count can reach {reach, number}.',
  'workspace.form.clientMissing': 'Enter the client’s name.',
  'workspace.form.kInvalid': 'Enter a whole number from {min} to {max}.',
  'workspace.form.stillMissing':
    '{count, plural, one {One thing is} other {# things are}} missing before the assessment can be saved:',
  'workspace.form.saving': 'Saving…',
  'workspace.edit.summary': 'Edit client, due date and context',
  'workspace.edit.save': 'Save changes',
  'workspace.edit.saved': 'Changes saved.',
  'workspace.edit.conflict': 'Someone changed this assessment meanwhile. Reload the page and try again.',

  'workspace.page.loading': 'Loading the assessment…',
  'workspace.page.errorTitle': 'This assessment cannot be shown',
  'workspace.page.report': 'Report',
  'workspace.page.compare': 'Compare options',
  'workspace.page.open': 'Open for answers',
  'workspace.page.closed': 'Closed',
  'workspace.page.due': 'answers due {date, date}',
  'workspace.page.submitted': '{submitted, number} of {invited, number} submitted',
  'workspace.page.followUpOf': 'follow-up of the earlier assessment',
  'workspace.page.closedNote':
    'This assessment is closed: nobody can save or submit answers. Reopen it to invite more stakeholders or send reminders.',

  'workspace.rates.title': 'Responses',
  'workspace.rates.overall':
    '{submitted, number} of {invited, number} invited have submitted ({percent, number} %).',
  'workspace.rates.batches':
    'Counted in batches of {k, number}, so no count ever moves because of one person: it shows {shown, number} until {next, number} have submitted.',
  'workspace.rates.byRoleNote':
    'A role’s count appears once {k, number} of its people have submitted, then grows in steps of {k, number}.',
  'workspace.rates.caption': 'Submitted questionnaires per role',
  'workspace.rates.role': 'Role',
  'workspace.rates.submitted': 'Submitted',
  'workspace.rates.rate': 'Rate',
  'workspace.rates.count': '{submitted, number} of {invited, number}',
  'workspace.rates.notShown': '{invited, number} invited · not shown yet',
  'workspace.rates.empty': 'The rates appear here once you have invited stakeholders.',

  'workspace.invite.title': 'Invite a stakeholder',
  'workspace.invite.role': 'Role',
  'workspace.invite.name': 'Name (optional)',
  'workspace.invite.email': 'E-mail (optional)',
  'workspace.invite.emailHint': 'With an e-mail address, the invitation is also sent by mail.',
  'workspace.invite.submit': 'Add and get link',
  'workspace.invite.busy': 'Adding…',

  'workspace.bulk.summary': 'Invite several at once',
  'workspace.bulk.label': 'One stakeholder per line: role, then name and e-mail if you have them',
  'workspace.bulk.placeholder':
    '{executive}, Helen Marsh, helen@client.example\n{projectManager}, Sofia Alves\n{teamMember}',
  'workspace.bulk.notRole': 'Line {line}: “{word}” is not a role. Use one of: {roles}.',
  'workspace.bulk.submit':
    '{count, plural, =0 {Invite stakeholders} one {Invite # stakeholder} other {Invite # stakeholders}}',
  'workspace.bulk.busy': 'Inviting… ({done, number} of {total, number})',
  'workspace.bulk.failed':
    '{count, plural, one {# invitation failed} other {# invitations failed}}; the lines are back in the box so you can correct them and try again.',
  'workspace.bulk.failedLine': '{who}: {error}',

  'workspace.people.title': 'Stakeholders ({count, number})',
  'workspace.people.caption': 'Invited stakeholders and the state of their links',
  'workspace.people.name': 'Name',
  'workspace.people.role': 'Role',
  'workspace.people.email': 'E-mail',
  'workspace.people.link': 'Link',
  'workspace.people.invited': 'Invited',
  'workspace.people.noEmail': 'none',
  'workspace.people.actions': 'Actions',
  'workspace.people.noName': '{role} (no name given)',
  'workspace.people.empty': 'No stakeholders yet. Invite them above: each one gets a personal link.',
  'workspace.people.emptyClosed': 'Nobody was invited to this assessment.',
  'workspace.people.note':
    'This list shows what you did: whom you invited and the state of each link. Whether someone opened, started or submitted the questionnaire is never shown, here or elsewhere.',
  'workspace.link.live': 'Live',
  'workspace.link.revoked': 'Revoked',
  'workspace.link.removed': 'Removed',
  'workspace.action.reissue': 'New link',
  'workspace.action.reissueFor': 'New link for {who}',
  'workspace.action.revoke': 'Revoke',
  'workspace.action.revokeFor': 'Revoke the link of {who}',
  'workspace.action.remove': 'Remove',
  'workspace.action.removeFor': 'Remove {who}',
  'workspace.action.erase': 'Erase personal data',
  'workspace.action.eraseFor': 'Erase personal data of {who}',

  'workspace.manage.title': 'Manage',
  'workspace.manage.remind': 'Remind everyone who has not submitted',
  'workspace.manage.close': 'Close the assessment',
  'workspace.manage.reopen': 'Reopen the assessment',
  'workspace.manage.followUp': 'Start a follow-up assessment',

  'workspace.remind.title': 'Remind everyone who has not submitted?',
  'workspace.remind.body':
    'One message goes to every invitee with an e-mail address who has not submitted: the same text for everyone. You are not told who receives it.',
  'workspace.remind.limit': 'A reminder goes out at most once a day.',
  'workspace.remind.how':
    'A reminder carries no link: it asks the person to open the invitation they received.',
  'workspace.remind.confirm': 'Send the reminder',
  'workspace.remind.sent':
    '{sent, plural, =0 {No reminder went out: the last one was sent less than a day ago.} other {The reminder is on its way to everyone who has not submitted.}}',

  'workspace.revoke.title': 'Revoke the link of {who}?',
  'workspace.revoke.body':
    'The link stops working at once, and the invitation no longer counts among those invited.',
  'workspace.revoke.consequences':
    'You cannot know whether this person has answered, and neither does this dialog. If they have submitted, their answers stay counted, anonymously. A draft not yet submitted can no longer be opened or finished through this link.',
  'workspace.revoke.confirm': 'Revoke the link',
  'workspace.revoke.done': 'The link of {who} is revoked.',

  'workspace.reissue.title': 'Give {who} a new link?',
  'workspace.reissue.body':
    'The current link stops working at once, and the new one opens an empty questionnaire.',
  'workspace.reissue.revoked':
    'Their link was revoked. The new one opens an empty questionnaire, and the invitation counts among those invited again.',
  'workspace.reissue.consequences':
    'If this person has submitted, their answers stay counted, anonymously, and a second submission through the new link does not count again. A draft on the old link is lost.',
  'workspace.reissue.email': 'The new link is also sent to {email}.',
  'workspace.reissue.confirm': 'Issue a new link',

  'workspace.remove.title': 'Remove {who}?',
  'workspace.remove.body':
    'The invitation stays listed as removed and its link stops working; nothing more can be done with it afterwards.',
  'workspace.remove.consequences':
    'If this person has submitted, their answers stay counted, anonymously. A draft on their link is deleted, with its notes.',
  'workspace.remove.confirm': 'Remove',
  'workspace.remove.done': '{who} is removed.',
  'workspace.erase.title': 'Erase the personal data of {who}?',
  'workspace.erase.body':
    'Do this when the person asks for it. Their name and e-mail address are erased for good and their link stops working; the invitation stays listed as removed, without a name.',
  'workspace.erase.consequences':
    'If this person has submitted, their answers stay counted, anonymously: nothing links them to a name any more.',
  'workspace.erase.confirm': 'Erase for good',
  'workspace.erase.keep': 'Keep the data',
  'workspace.erase.done': 'The personal data of {who} is erased.',
  'workspace.erase.unavailable':
    'Erasing could not be done here: this server does not offer it yet, or the invitation is gone. Nothing was changed.',

  'workspace.close.title': 'Close the assessment?',
  'workspace.close.counted':
    'So far {submitted, number} of {invited, number} invited have submitted, counted in batches of {k, number}.',
  'workspace.close.body':
    'Until you reopen it, nobody can save or submit answers and no reminders go out. Links still show what was saved for 30 days after closing, then stop working.',
  'workspace.close.confirm': 'Close the assessment',
  'workspace.close.done': 'The assessment is closed.',
  'workspace.reopen.done': 'The assessment is open again.',

  'workspace.followUp.title': 'Start a follow-up assessment?',
  'workspace.followUp.body':
    'The follow-up takes over the client and context of this assessment, without a due date. This assessment stays as it is, and the report compares the two.',
  'workspace.followUp.people':
    '{count, plural, =0 {Nobody is invited yet: you add the stakeholders afterwards.} one {# stakeholder is invited again with a new link (by mail if an e-mail address is known).} other {# stakeholders are invited again, each with a new link (by mail where an e-mail address is known).}}',
  'workspace.followUp.confirm': 'Start the follow-up',
  'workspace.access.title': 'Record of access',
  'workspace.access.intro':
    'Each time someone viewed, exported or shared these results, or opened them through a share link, it is recorded here. Your client may ask to see it.',
  'workspace.access.caption': 'Record of access to the results',
  'workspace.access.when': 'When',
  'workspace.access.who': 'Who',
  'workspace.access.what': 'What',
  'workspace.access.viewed-results': 'Viewed the results',
  'workspace.access.exported': 'Exported the results',
  'workspace.access.shared': 'Created a share link',
  'workspace.access.share-viewed': 'Opened through a share link',
  'workspace.access.share-revoked': 'Revoked a share link',
  'workspace.access.empty': 'Nobody has viewed, exported or shared the results yet.',
  'workspace.access.loading': 'Loading the record of access…',
  'workspace.access.unavailable': 'This server does not keep a record of access yet.',
  'workspace.access.failed': 'The record of access cannot be shown: {error}',
  'workspace.retention.title': 'Keeping personal data',
  'workspace.retention.intro':
    'Stakeholders’ names and e-mail addresses are erased this many days after the last assessment in a client’s chain of follow-ups closes. Counted answers stay, anonymously.',
  'workspace.retention.label': 'Days to keep personal data ({min, number} to {max, number})',
  'workspace.retention.save': 'Save',
  'workspace.retention.saved':
    'Saved: personal data is erased {days, number} days after a client’s last assessment closes.',
  'workspace.retention.range': 'Enter a whole number of days from {min, number} to {max, number}.',
  'workspace.retention.unavailable':
    'This server does not offer the setting yet; personal data is kept for {days, number} days by default.',
  'workspace.retention.loading': 'Loading the setting…',

  'workspace.links.title': '{count, plural, one {New invite link} other {# new invite links}}',
  'workspace.links.onlyNow':
    'Shown only now: PMO Blueprint keeps just a fingerprint of each link, so it cannot show them again. Copy, share or download them before you leave this page.',
  'workspace.links.caption': 'New invite links',
  'workspace.links.who': '{name} ({role})',
  'workspace.links.linkFor': 'Invite link for {who}',
  'workspace.links.emailed': 'also sent by e-mail',
  'workspace.links.notEmailed': 'no e-mail: pass it on yourself',
  'workspace.links.copy': 'Copy',
  'workspace.links.copyFor': 'Copy the link for {who}',
  'workspace.links.copied': 'Copied',
  'workspace.links.copiedFor': 'Copied: the link for {who}',
  'workspace.links.copiedOne': 'The link for {who} is copied.',
  'workspace.links.copyRefused':
    'This browser does not allow copying here. The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  'workspace.links.copyAllRefused':
    'This browser does not allow copying here. The links are selected: press Ctrl+C (⌘C on a Mac) to copy them.',
  'workspace.links.share': 'Share',
  'workspace.links.shareFor': 'Share the link for {who}',
  'workspace.links.shareText': 'Personal questionnaire link for {who}: {url}',
  'workspace.links.copyAll': 'Copy all links',
  'workspace.links.copiedAll': '{count, plural, one {# link copied.} other {# links copied.}}',
  'workspace.links.allText': 'All links, one per line',
  'workspace.links.csv': 'Download as CSV',
  'workspace.links.csvNote':
    'The file holds only these new links (earlier links cannot be downloaded again). Anyone with it can answer as these people: delete it once the links are sent.',
  'workspace.links.done': 'Done',
  'workspace.links.failed': 'Not invited: {error}',
  'workspace.csv.name': 'Name',
  'workspace.csv.email': 'E-mail',
  'workspace.csv.role': 'Role',
  'workspace.csv.link': 'Link',
  'workspace.csv.file': 'invite-links',

  'workspace.outbox.title': 'Outbox',
  'workspace.outbox.intro':
    'Running locally, mail is not sent: it lands here. In AWS it goes out through Amazon SES.',
  'workspace.outbox.loading': 'Loading the mail…',
  'workspace.outbox.errorTitle': 'The outbox cannot be shown',
  'workspace.outbox.emptyTitle': 'No mail yet',
  'workspace.outbox.emptyText':
    'Invitations and reminders appear here once you invite stakeholders with an e-mail address or send reminders.',
  'workspace.outbox.emptyAction': 'Go to your assessments',
  'workspace.outbox.filters': 'Filter the mail',
  'workspace.outbox.search': 'Search',
  'workspace.outbox.kind': 'Kind',
  'workspace.outbox.kind.all': 'Invitations and reminders',
  'workspace.outbox.kind.invitation': 'Invitations',
  'workspace.outbox.kind.reminder': 'Reminders',
  'workspace.outbox.client': 'Assessment',
  'workspace.outbox.client.all': 'All assessments',
  'workspace.outbox.status': 'Status',
  'workspace.outbox.status.all': 'Sent and queued',
  'workspace.outbox.status.sent': 'Sent',
  'workspace.outbox.status.queued': 'Queued',
  'workspace.outbox.showing':
    '{shown, plural, =0 {No messages} one {# message} other {# messages}} of {total} shown.',
  'workspace.outbox.clear': 'Show all',
  'workspace.outbox.none': 'No message matches: change the search or the filters.',
  'workspace.outbox.show': 'Show the message',
  'workspace.outbox.tag.invitation': 'Invitation',
  'workspace.outbox.tag.reminder': 'Reminder',
  'workspace.outbox.to': 'To {to}',
  'workspace.outbox.sent': 'sent {when}',
  'workspace.outbox.queued': 'queued',
  'workspace.signInNeeded': 'Sign in needed',
  'workspace.signInText': 'This page belongs to the consultant workspace.',
  'workspace.signInLink': 'Sign in',
  'workspace.signIn.title': 'Consultant sign-in',
  'workspace.signIn.loading': 'Loading…',
  'workspace.signIn.local':
    'Running locally: any e-mail works; the organisation keeps your clients’ data apart from others’.',
  'workspace.signIn.email': 'E-mail',
  'workspace.signIn.organisation': 'Organisation',
  'workspace.signIn.password': 'Organisation passphrase',
  'workspace.signIn.hosted':
    'Sign in with your firm’s account. You will be asked for your password and your authenticator code.',
  'workspace.signIn.signingIn': 'Signing in…',
  'workspace.signIn.failedRefused': 'The sign-in was cancelled or refused.',
  'workspace.signIn.failedStale': 'This sign-in has expired or was started in another tab.',
  'workspace.signIn.failedExchange': 'The sign-in could not be completed.',
  'workspace.signIn.retry': 'Try again',
} as const;

export type WorkspaceKey = keyof typeof WORKSPACE_EN;
export type WorkspaceCatalogue = Readonly<Record<WorkspaceKey, string>>;
