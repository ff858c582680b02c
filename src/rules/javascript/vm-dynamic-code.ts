import * as vm from 'node:vm';

export function run(source: string, sandbox: vm.Context): unknown {
  // ruleid: javascript.vm-dynamic-code
  return vm.runInContext(source, sandbox, { timeout: 50 });
}
// ok: javascript.vm-dynamic-code
export const ctx = vm.createContext({ limit: 3 });
