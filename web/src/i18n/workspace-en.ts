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
  'workspace.page.submitted': '{percent, number} % submitted',
  'workspace.page.followUpOf': 'follow-up of the earlier assessment',
  'workspace.page.closedNote':
    'This assessment is closed: nobody can save or submit answers. Reopen it to invite more stakeholders or send reminders.',

  'workspace.rates.title': 'Response rate by role',
  'workspace.rates.caption': 'Submitted questionnaires per role',
  'workspace.rates.role': 'Role',
  'workspace.rates.submitted': 'Submitted',
  'workspace.rates.rate': 'Rate',
  'workspace.rates.count': '{submitted, number} of {invited, number}',
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
  'workspace.people.caption': 'Stakeholders and their progress',
  'workspace.people.name': 'Name',
  'workspace.people.role': 'Role',
  'workspace.people.progress': 'Progress',
  'workspace.people.answered': 'Answered',
  'workspace.people.actions': 'Actions',
  'workspace.people.noName': '{role} (no name given)',
  'workspace.people.answeredCount': '{answered, number} of {questions, number}',
  'workspace.people.empty': 'No stakeholders yet. Invite them above: each one gets a personal link.',
  'workspace.people.emptyClosed': 'Nobody was invited to this assessment.',
  'workspace.progress.invited': 'Invited',
  'workspace.progress.in-progress': 'In progress',
  'workspace.progress.submitted': 'Submitted',
  'workspace.progress.revoked': 'Revoked',
  'workspace.action.reissue': 'New link',
  'workspace.action.reissueFor': 'New link for {who}',
  'workspace.action.revoke': 'Revoke',
  'workspace.action.revokeFor': 'Revoke the link of {who}',
  'workspace.action.remove': 'Remove',
  'workspace.action.removeFor': 'Remove {who}',

  'workspace.manage.title': 'Manage',
  'workspace.manage.remind': 'Remind those who have not submitted',
  'workspace.manage.close': 'Close the assessment',
  'workspace.manage.reopen': 'Reopen the assessment',
  'workspace.manage.followUp': 'Start a follow-up assessment',

  'workspace.remind.title': 'Send reminders?',
  'workspace.remind.count':
    '{count, plural, =0 {Nobody can be reminded by e-mail right now.} one {A reminder goes to # stakeholder who has not submitted.} other {Reminders go to # stakeholders who have not submitted.}}',
  'workspace.remind.recent':
    '{count, plural, one {# was reminded in the last 24 hours and will be skipped.} other {# were reminded in the last 24 hours and will be skipped.}}',
  'workspace.remind.noEmail':
    '{count, plural, one {# has no e-mail address and cannot be reminded by mail.} other {# have no e-mail address and cannot be reminded by mail.}}',
  'workspace.remind.how':
    'A reminder carries no link: it asks the person to open the invitation they received.',
  'workspace.remind.confirm': '{count, plural, one {Send # reminder} other {Send # reminders}}',
  'workspace.remind.sent':
    '{sent, plural, =0 {No reminder was sent: everyone left was reminded recently.} one {# reminder sent.} other {# reminders sent.}}',

  'workspace.revoke.title': 'Revoke the link of {who}?',
  'workspace.revoke.body':
    'The link stops working at once, and this person no longer counts in the response rate.',
  'workspace.revoke.submitted':
    'Their submitted answers stay in the results, anonymously: revoking never takes a submission out.',
  'workspace.revoke.draft':
    'The answers saved so far are kept but never counted, and no link can open them. A new link for this person starts empty and deletes them.',
  'workspace.revoke.confirm': 'Revoke the link',
  'workspace.revoke.done': 'The link of {who} is revoked.',

  'workspace.reissue.title': 'Give {who} a new link?',
  'workspace.reissue.body':
    'The current link stops working at once, and the new one opens an empty questionnaire.',
  'workspace.reissue.revoked':
    'Their link was revoked. The new one opens an empty questionnaire, and this person counts in the response rate again.',
  'workspace.reissue.submitted': 'The earlier submission still counts in the results, anonymously.',
  'workspace.reissue.draft': 'The answers saved so far and not submitted are deleted.',
  'workspace.reissue.email': 'The new link is also sent to {email}.',
  'workspace.reissue.confirm': 'Issue a new link',

  'workspace.remove.title': 'Remove {who}?',
  'workspace.remove.body': 'This person leaves the list and their link stops working.',
  'workspace.remove.submitted': 'Their submitted answers stay in the results, anonymously.',
  'workspace.remove.draft': 'Answers they have saved but not submitted are deleted.',
  'workspace.remove.confirm': 'Remove',
  'workspace.remove.done': '{who} is removed.',

  'workspace.close.title': 'Close the assessment?',
  'workspace.close.open':
    '{open, plural, =0 {All {total, number} stakeholders have submitted.} one {# of {total, number} stakeholders has not submitted.} other {# of {total, number} stakeholders have not submitted.}}',
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
