// Reports of monitored streams: the JSON of `vigil scan` and SARIF 2.1.0 (also used by the extension's export).
export * from './streamReport';
export * from './jsonReport';
export * from './sarif';
export * from './cwe';
