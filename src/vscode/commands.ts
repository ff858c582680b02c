/** Command ids (STYLE.md: one place, user-facing first). */
export const enum Command {
  PlayDemo = 'vigil.playDemo',
  ShowReview = 'vigil.showReview',
  ClearAlarm = 'vigil.clearAlarm',
  ShowLog = 'vigil.showLog',
  OpenItem = 'vigil.openItem',
  ConfirmUnsafe = 'vigil.confirmUnsafe',
  MarkFalseAlarm = 'vigil.markFalseAlarm',
  DeleteItem = 'vigil.deleteItem',
  CopyAsSarif = 'vigil.copyAsSarif',
}
