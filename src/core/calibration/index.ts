// Calibrated alarms (issue 5): risk control, calibration files, the learned verifier and the E-valuator baselines.
export * from './riskControl';
export * from './hoeffdingBentkus';
export * from './calibrationFile';
export * from './calibrate';
export * from './defaults';
export * from './groups';
export * from '../verifier/learnedVerifier';
export * from '../verifier/shipped';
export * from '../evaluator/model';
export * from '../evaluator/policy';
