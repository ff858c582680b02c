// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'out-*/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', 'src/rules/**', 'test/fixtures/**', '.tools/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name=/^(only|skip)$/][callee.object.name=/^(it|describe)$/]", message: 'No exclusive or skipped tests.' }],
    },
  },
  {
    // The engine runs in plain Node (CLI, proxy, benchmarks, unit tests): it must not know VS Code.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core must not import vscode; adapt engine events in src/vscode instead.' }],
        patterns: [{ group: ['**/vscode/**', '**/cli/**', '**/proxy/**', '**/webview/**'], message: 'src/core must not depend on the layers built on it.' }],
      }],
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.name='require'][arguments.0.value='vscode']", message: 'src/core must not require vscode.' },
        { selector: "ImportExpression[source.value='vscode']", message: 'src/core must not import vscode.' }],
    },
  },
);
