/**
 * The single source of truth for what the renderer may ask of the core, and what the core pushes.
 * Adding a channel: see README.md beside this file.
 */
import { z } from 'zod';
import {
  accountIdSchema,
  accountSchema,
  accountUpdateSchema,
  changePasswordSchema,
  emptyResultSchema,
  loginResultSchema,
  loginSchema,
  newAccountSchema,
  newAdminSchema,
  resetPasswordSchema,
  sessionAccountSchema,
} from './accounts';
import { appInfoSchema } from './appInfo';
import {
  backupEntrySchema,
  backupFolderSchema,
  backupStatusSchema,
  recoverInputSchema,
  recoveryStateSchema,
  restoreInputSchema,
  restoreResultSchema,
} from './backups';
import {
  addChecklistItemSchema,
  agencyInputSchema,
  agencySchema,
  coordinationRequestSchema,
  removeStakeholderSchema,
  requestInputSchema,
  stakeholderInputSchema,
  stakeholderSchema,
  crisisLinkSchema,
  crisisListSchema,
  crisisMetricsSchema,
  crisisSchema,
  crisisStatusSchema,
  crisisSummarySchema,
  figureInputSchema,
  logEntryInputSchema,
  officialFigureSchema,
  playbookInputSchema,
  playbookItemSchema,
  saveCrisisSchema,
  setPhaseSchema,
  tickSchema,
  timelineEntrySchema,
  timelineInputSchema,
  goldenHourInputSchema,
  crisisBoardSchema,
  lessonSchema,
  lessonInputSchema,
  crisisReportSchema,
  timelineExportSchema,
  statementCrisisSchema,
  quoteFigureSchema,
  unquoteFigureSchema,
} from './crises';
import { fileSchema, idSchema } from './fields';
import { armReleaseSchema } from './releasePlan';
import {
  closeHoaxSchema,
  draftClarificationSchema,
  evidenceInputSchema,
  hoaxIdSchema,
  hoaxListInputSchema,
  hoaxPageSchema,
  hoaxSchema,
  hoaxStatsSchema,
  mergeHoaxSchema,
  removeEvidenceSchema,
  saveHoaxSchema,
  screenshotInputSchema,
  similarHoaxSchema,
  similarInputSchema,
  uploadScreenshotSchema,
  verdictInputSchema,
} from './hoaxes';
import {
  contactIdSchema,
  contactInputSchema,
  contactQuerySchema,
  contactPageSchema,
  contactSchema,
  contactListSchema,
  listMembershipSchema,
  saveContactListSchema,
  eraseContactSchema,
  personalDataRequestSchema,
  bulkUpdateContactsSchema,
  recordOptOutSchema,
  outletInputSchema,
  outletSchema,
  updateContactSchema,
  updateOutletSchema,
} from './contacts';
import {
  importIdSchema,
  importPreviewSchema,
  importProgressSchema,
  importReportFileSchema,
  importReportSchema,
  openImportSchema,
  runImportSchema,
} from './contactImport';
import { contactExportFileSchema, exportContactsSchema } from './contactExport';
import { auditCsvSchema, auditFilterSchema, auditHeadSchema, auditListInputSchema, auditPageSchema } from './audit';
import { officeProfileInputSchema, officeSchema, officeStatusSchema } from './office';
import { preferencesPatchSchema, preferencesSchema } from './preferences';
import {
  attachmentInputSchema,
  attachmentRefSchema,
  autosaveResultSchema,
  chainInputSchema,
  chainSchema,
  commentInputSchema,
  commentSchema,
  correctInputSchema,
  createStatementSchema,
  decisionInputSchema,
  editLockSchema,
  exportInputSchema,
  exportResultSchema,
  lockInputSchema,
  myTasksSchema,
  personSchema,
  requestChangesInputSchema,
  revisionRefInputSchema,
  revisionSchema,
  saveStatementSchema,
  statementIdSchema,
  statementListInputSchema,
  statementPageSchema,
  statementSchema,
  templateInputSchema,
  templateSchema,
  timelineSchema,
  uploadAttachmentSchema,
  withdrawInputSchema,
  releasePolicySchema,
  standInInputSchema,
  standInSchema,
} from './statements';
import {
  audienceSchema,
  capExportSchema,
  contactHistoryItemSchema,
  createDistributionSchema,
  distributionSchema,
  mailSettingsInputSchema,
  mailSettingsSchema,
  previewInputSchema,
  previewSchema,
  progressEventSchema,
  recipientPageSchema,
  recipientQuerySchema,
  testMailResultSchema,
  testMailSchema,
} from './distribution';
import {
  conferenceRangeSchema,
  conferenceDocumentSchema,
  conferenceCheckSchema,
  conferenceSchema,
  conferenceSummarySchema,
  conferenceWarningSchema,
  checkInInputSchema,
  invitationResultSchema,
  inviteeSchema,
  inviteSchema,
  notifySchema,
  qaInputSchema,
  qaItemSchema,
  questionInputSchema,
  questionSchema,
  rsvpInputSchema,
  saveConferenceSchema,
  walkInSchema,
} from './conferences';
import { conferenceStatuses } from '../conferences/vocabulary';
import { statementKinds } from '../statements/workflow';

/** Input of a channel that takes no arguments: an empty object, nothing else. */
export const noInput = z.object({}).strict();
/** Input of a channel that names one record. */
const idInput = z.object({ id: idSchema }).strict();

export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}

export const contract = {
  'app.info': { input: noInput, output: appInfoSchema },
  'preferences.get': { input: noInput, output: preferencesSchema },
  'preferences.update': { input: preferencesPatchSchema, output: preferencesSchema },
  'office.status': { input: noInput, output: officeStatusSchema },
  'office.setup': {
    input: z.object({ office: officeProfileInputSchema, admin: newAdminSchema }).strict(),
    output: loginResultSchema,
  },
  'office.get': { input: noInput, output: officeSchema },
  'office.update': { input: officeProfileInputSchema, output: officeSchema },
  'accounts.login': { input: loginSchema, output: loginResultSchema },
  'accounts.logout': { input: noInput, output: emptyResultSchema },
  'accounts.me': { input: noInput, output: sessionAccountSchema },
  'accounts.changePassword': { input: changePasswordSchema, output: emptyResultSchema },
  'accounts.list': { input: noInput, output: z.array(accountSchema) },
  'accounts.create': { input: newAccountSchema, output: accountSchema },
  'accounts.update': { input: accountUpdateSchema, output: accountSchema },
  'accounts.deactivate': { input: accountIdSchema, output: accountSchema },
  'accounts.reactivate': { input: accountIdSchema, output: accountSchema },
  'accounts.resetPassword': { input: resetPasswordSchema, output: accountSchema },
  'accounts.unlock': { input: accountIdSchema, output: accountSchema },
  'audit.list': { input: auditListInputSchema, output: auditPageSchema },
  'audit.head': { input: noInput, output: auditHeadSchema },
  'audit.exportCsv': { input: auditFilterSchema, output: auditCsvSchema },
  'statements.list': { input: statementListInputSchema, output: statementPageSchema },
  'statements.myTasks': { input: noInput, output: myTasksSchema },
  'statements.get': { input: statementIdSchema, output: statementSchema },
  'statements.create': { input: createStatementSchema, output: statementSchema },
  'statements.save': { input: saveStatementSchema, output: statementSchema },
  'statements.autosave': { input: saveStatementSchema, output: autosaveResultSchema },
  'statements.discardWorkingCopy': { input: statementIdSchema, output: emptyResultSchema },
  'statements.lock': { input: lockInputSchema, output: editLockSchema },
  'statements.unlock': { input: statementIdSchema, output: emptyResultSchema },
  'statements.submit': { input: revisionRefInputSchema, output: statementSchema },
  'statements.approve': { input: decisionInputSchema, output: statementSchema },
  'statements.requestChanges': { input: requestChangesInputSchema, output: statementSchema },
  'statements.withdraw': { input: withdrawInputSchema, output: statementSchema },
  'statements.release': { input: statementIdSchema, output: statementSchema },
  'statements.correct': { input: correctInputSchema, output: statementSchema },
  'statements.comment': { input: commentInputSchema, output: commentSchema },
  'statements.timeline': { input: statementIdSchema, output: timelineSchema },
  'statements.revision': { input: revisionRefInputSchema, output: revisionSchema },
  'statements.export': { input: exportInputSchema, output: exportResultSchema },
  'statements.uploadAttachment': { input: uploadAttachmentSchema, output: attachmentRefSchema },
  'statements.attachment': { input: attachmentInputSchema, output: fileSchema },
  'statements.templates': {
    input: z.object({ kind: z.enum(statementKinds).optional() }).strict(),
    output: z.array(templateSchema),
  },
  'statements.saveTemplate': { input: templateInputSchema, output: templateSchema },
  'statements.deleteTemplate': { input: statementIdSchema, output: emptyResultSchema },
  'statements.chain': { input: noInput, output: chainSchema },
  'statements.updateChain': { input: chainInputSchema, output: chainSchema },
  'statements.updateReleasePolicy': { input: releasePolicySchema, output: chainSchema },
  'statements.people': { input: noInput, output: z.array(personSchema) },
  'statements.standIns': { input: noInput, output: z.array(standInSchema) },
  'statements.nameStandIn': { input: standInInputSchema, output: standInSchema },
  'statements.revokeStandIn': { input: statementIdSchema, output: emptyResultSchema },
  'contacts.outlets': { input: noInput, output: z.array(outletSchema) },
  'contacts.createOutlet': { input: outletInputSchema, output: outletSchema },
  'contacts.updateOutlet': { input: updateOutletSchema, output: outletSchema },
  'contacts.list': { input: contactQuerySchema, output: contactPageSchema },
  'contacts.get': { input: contactIdSchema, output: contactSchema },
  'contacts.create': { input: contactInputSchema, output: contactSchema },
  'contacts.update': { input: updateContactSchema, output: contactSchema },
  'contacts.recordOptOut': { input: recordOptOutSchema, output: contactSchema },
  'contacts.exportPersonalData': { input: personalDataRequestSchema, output: fileSchema },
  'contacts.erase': { input: eraseContactSchema, output: emptyResultSchema },
  'contacts.lists': { input: noInput, output: z.array(contactListSchema) },
  'contacts.saveList': { input: saveContactListSchema, output: contactListSchema },
  'contacts.archiveList': { input: contactIdSchema, output: emptyResultSchema },
  'contacts.addToList': { input: listMembershipSchema, output: z.object({ changed: z.number().int() }) },
  'contacts.removeFromList': { input: listMembershipSchema, output: z.object({ changed: z.number().int() }) },
  'contacts.importOpen': { input: openImportSchema, output: importPreviewSchema },
  'contacts.importRun': { input: runImportSchema, output: importReportSchema },
  'contacts.importCancel': { input: importIdSchema, output: z.object({ cancelled: z.boolean() }) },
  'contacts.importReport': { input: importIdSchema, output: importReportFileSchema },
  'contacts.export': { input: exportContactsSchema, output: contactExportFileSchema },
  'contacts.bulkUpdate': { input: bulkUpdateContactsSchema, output: z.object({ changed: z.number().int() }) },
  'distribution.settings': { input: noInput, output: mailSettingsSchema },
  'distribution.saveSettings': { input: mailSettingsInputSchema, output: mailSettingsSchema },
  'distribution.testSettings': { input: testMailSchema, output: testMailResultSchema },
  'distribution.preview': { input: previewInputSchema, output: previewSchema },
  'distribution.audienceCount': {
    input: audienceSchema,
    output: z.object({ recipients: z.number().int() }),
  },
  'distribution.create': { input: createDistributionSchema, output: distributionSchema },
  'distribution.arm': { input: armReleaseSchema, output: statementSchema },
  'distribution.list': { input: z.object({ statementId: idSchema }).strict(), output: z.array(distributionSchema) },
  'distribution.get': { input: idInput, output: distributionSchema },
  'distribution.recipients': { input: recipientQuerySchema, output: recipientPageSchema },
  'distribution.pause': { input: idInput, output: distributionSchema },
  'distribution.resume': { input: idInput, output: distributionSchema },
  'distribution.cancel': { input: idInput, output: distributionSchema },
  'distribution.retryFailed': { input: idInput, output: distributionSchema },
  'distribution.contactHistory': { input: idInput, output: z.array(contactHistoryItemSchema) },
  'distribution.sitePackage': { input: z.object({ statementId: idSchema }).strict(), output: fileSchema },
  'distribution.cap': { input: capExportSchema, output: fileSchema },
  'conferences.list': { input: conferenceRangeSchema, output: z.array(conferenceSummarySchema) },
  'conferences.get': { input: idInput, output: conferenceSchema },
  'conferences.check': {
    input: z.object({ id: idSchema.nullable().default(null), conference: conferenceCheckSchema }).strict(),
    output: z.array(conferenceWarningSchema),
  },
  'conferences.save': { input: saveConferenceSchema, output: conferenceSchema },
  'conferences.setStatus': {
    input: z.object({ id: idSchema, status: z.enum(conferenceStatuses) }).strict(),
    output: conferenceSchema,
  },
  'conferences.invite': { input: inviteSchema, output: invitationResultSchema },
  'conferences.notify': { input: notifySchema, output: invitationResultSchema },
  'conferences.invitees': { input: idInput, output: z.array(inviteeSchema) },
  'conferences.setRsvp': { input: rsvpInputSchema, output: inviteeSchema },
  'conferences.checkIn': { input: checkInInputSchema, output: inviteeSchema },
  'conferences.walkIn': { input: walkInSchema, output: inviteeSchema },
  'conferences.questions': { input: idInput, output: z.array(questionSchema) },
  'conferences.saveQuestion': { input: questionInputSchema, output: questionSchema },
  'conferences.qaBank': { input: noInput, output: z.array(qaItemSchema) },
  'conferences.saveQa': { input: qaInputSchema, output: qaItemSchema },
  'conferences.archiveQa': { input: idInput, output: emptyResultSchema },
  'conferences.document': { input: conferenceDocumentSchema, output: fileSchema },
  'crises.list': { input: crisisListSchema, output: z.array(crisisSummarySchema) },
  'crises.get': { input: idInput, output: crisisSchema },
  'crises.save': { input: saveCrisisSchema, output: crisisSchema },
  'crises.setPhase': { input: setPhaseSchema, output: crisisSchema },
  'crises.setStatus': { input: crisisStatusSchema, output: crisisSchema },
  'crises.tick': { input: tickSchema, output: crisisSchema },
  'crises.link': { input: crisisLinkSchema, output: crisisSchema },
  'crises.addItem': { input: addChecklistItemSchema, output: crisisSchema },
  'crises.addLog': { input: logEntryInputSchema, output: emptyResultSchema },
  'crises.figures': { input: idInput, output: z.array(officialFigureSchema) },
  'crises.recordFigure': { input: figureInputSchema, output: officialFigureSchema },
  'crises.timeline': { input: timelineInputSchema, output: z.array(timelineEntrySchema) },
  'crises.metrics': { input: idInput, output: crisisMetricsSchema },
  'crises.agencies': { input: noInput, output: z.array(agencySchema) },
  'crises.saveAgency': { input: agencyInputSchema, output: agencySchema },
  'crises.stakeholders': { input: idInput, output: z.array(stakeholderSchema) },
  'crises.saveStakeholder': { input: stakeholderInputSchema, output: stakeholderSchema },
  'crises.removeStakeholder': { input: removeStakeholderSchema, output: emptyResultSchema },
  'crises.requests': { input: idInput, output: z.array(coordinationRequestSchema) },
  'crises.saveRequest': { input: requestInputSchema, output: coordinationRequestSchema },
  'crises.playbook': { input: noInput, output: z.array(playbookItemSchema) },
  'crises.savePlaybookItem': { input: playbookInputSchema, output: playbookItemSchema },
  'crises.archivePlaybookItem': { input: idInput, output: emptyResultSchema },
  'crises.goldenHour': { input: goldenHourInputSchema, output: z.array(z.number().int()) },
  'crises.goldenHourTargets': { input: noInput, output: z.array(z.number().int()) },
  'crises.board': { input: noInput, output: crisisBoardSchema },
  'crises.lessons': { input: idInput, output: z.array(lessonSchema) },
  'crises.saveLesson': { input: lessonInputSchema, output: z.array(lessonSchema) },
  'crises.report': { input: crisisReportSchema, output: fileSchema },
  'crises.exportTimeline': { input: timelineExportSchema, output: fileSchema },
  'crises.statementFigures': { input: idInput, output: statementCrisisSchema },
  'crises.quoteFigure': { input: quoteFigureSchema, output: statementCrisisSchema },
  'crises.unquoteFigure': { input: unquoteFigureSchema, output: statementCrisisSchema },
  'hoaxes.list': { input: hoaxListInputSchema, output: hoaxPageSchema },
  'hoaxes.get': { input: hoaxIdSchema, output: hoaxSchema },
  'hoaxes.save': { input: saveHoaxSchema, output: hoaxSchema },
  'hoaxes.similar': { input: similarInputSchema, output: z.array(similarHoaxSchema) },
  'hoaxes.uploadScreenshot': { input: uploadScreenshotSchema, output: hoaxSchema },
  'hoaxes.screenshot': { input: screenshotInputSchema, output: fileSchema },
  'hoaxes.addEvidence': { input: evidenceInputSchema, output: hoaxSchema },
  'hoaxes.removeEvidence': { input: removeEvidenceSchema, output: hoaxSchema },
  'hoaxes.startVerifying': { input: hoaxIdSchema, output: hoaxSchema },
  'hoaxes.recordVerdict': { input: verdictInputSchema, output: hoaxSchema },
  'hoaxes.draftClarification': { input: draftClarificationSchema, output: z.object({ statementId: z.string() }) },
  'hoaxes.close': { input: closeHoaxSchema, output: hoaxSchema },
  'hoaxes.reopen': { input: hoaxIdSchema, output: hoaxSchema },
  'hoaxes.merge': { input: mergeHoaxSchema, output: hoaxSchema },
  'hoaxes.stats': { input: noInput, output: hoaxStatsSchema },
  'backups.status': { input: noInput, output: backupStatusSchema },
  'backups.take': { input: noInput, output: backupEntrySchema },
  'backups.setFolder': { input: backupFolderSchema, output: backupStatusSchema },
  'backups.restore': { input: restoreInputSchema, output: restoreResultSchema },
  'backups.recovery': { input: noInput, output: recoveryStateSchema },
  'backups.recover': { input: recoverInputSchema, output: restoreResultSchema },
} as const satisfies Record<string, ChannelSpec>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const channels = Object.keys(contract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}

/**
 * Push events from the core. Each names what changed so the renderer can invalidate the matching
 * queries; payloads are small DTOs, never rows.
 */
export const events = {
  'preferences.changed': preferencesSchema,
  'office.changed': officeStatusSchema,
  'accounts.changed': z.object({ accountId: z.string() }),
  /** A statement changed (null: templates or the approval chain). */
  'statements.changed': z.object({ statementId: z.string().nullable() }),
  /** A contact changed (null: outlets or lists). */
  'contacts.changed': z.object({ contactId: z.string().nullable() }),
  /** An import's progress (the wizard shows it; only its own import id matters to it). */
  'contacts.importProgress': importProgressSchema,
  /** A distribution job moved (recipients sent or failed, paused, completed). */
  'distribution.progress': progressEventSchema,
  /** A conference changed (its record, invitees or questions). */
  'conferences.changed': z.object({ conferenceId: z.string() }),
  'crises.changed': z.object({ crisisId: z.string() }),
  /** The office's playbook or golden-hour prompts changed. */
  'crises.playbookChanged': z.object({}),
  /** A claim in the hoax register changed (its record, evidence, verdict or clarification). */
  'hoaxes.changed': z.object({ hoaxId: z.string() }),
  /** A backup was taken or the backup folder changed. */
  'backups.changed': z.object({}),
  /** The store was replaced by a backup: every session ended, every view must reload. */
  'backups.restored': z.object({ file: z.string() }),
} as const satisfies Record<string, z.ZodType>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(events, value);
}

/** A pushed event as it travels over any transport. */
export type PushedEvent = { [E in EventName]: { event: E; payload: EventPayload<E> } }[EventName];
