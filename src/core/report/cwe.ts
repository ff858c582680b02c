/**
 * Names of the CWE weaknesses Vigil's rules name, for the CWE taxonomy of SARIF reports and for
 * tooltips. Only the short title; the CWE site has the rest (`cweUrl`).
 */
const CWE_NAMES: Readonly<Record<number, string>> = {
  20: 'Improper Input Validation',
  22: "Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')",
  73: 'External Control of File Name or Path',
  74: "Improper Neutralization of Special Elements in Output Used by a Downstream Component ('Injection')",
  77: "Improper Neutralization of Special Elements used in a Command ('Command Injection')",
  78: "Improper Neutralization of Special Elements used in an OS Command ('OS Command Injection')",
  79: "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')",
  89: "Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')",
  90: "Improper Neutralization of Special Elements used in an LDAP Query ('LDAP Injection')",
  94: "Improper Control of Generation of Code ('Code Injection')",
  95: "Improper Neutralization of Directives in Dynamically Evaluated Code ('Eval Injection')",
  116: 'Improper Encoding or Escaping of Output',
  117: 'Improper Output Neutralization for Logs',
  119: 'Improper Restriction of Operations within the Bounds of a Memory Buffer',
  120: "Buffer Copy without Checking Size of Input ('Classic Buffer Overflow')",
  121: 'Stack-based Buffer Overflow',
  122: 'Heap-based Buffer Overflow',
  125: 'Out-of-bounds Read',
  134: 'Use of Externally-Controlled Format String',
  190: 'Integer Overflow or Wraparound',
  200: 'Exposure of Sensitive Information to an Unauthorized Actor',
  250: 'Execution with Unnecessary Privileges',
  259: 'Use of Hard-coded Password',
  269: 'Improper Privilege Management',
  276: 'Incorrect Default Permissions',
  284: 'Improper Access Control',
  295: 'Improper Certificate Validation',
  306: 'Missing Authentication for Critical Function',
  312: 'Cleartext Storage of Sensitive Information',
  319: 'Cleartext Transmission of Sensitive Information',
  321: 'Use of Hard-coded Cryptographic Key',
  326: 'Inadequate Encryption Strength',
  327: 'Use of a Broken or Risky Cryptographic Algorithm',
  328: 'Use of Weak Hash',
  329: 'Generation of Predictable IV with CBC Mode',
  330: 'Use of Insufficiently Random Values',
  338: 'Use of Cryptographically Weak Pseudo-Random Number Generator (PRNG)',
  346: 'Origin Validation Error',
  347: 'Improper Verification of Cryptographic Signature',
  352: 'Cross-Site Request Forgery (CSRF)',
  377: 'Insecure Temporary File',
  400: 'Uncontrolled Resource Consumption',
  416: 'Use After Free',
  434: 'Unrestricted Upload of File with Dangerous Type',
  470: "Use of Externally-Controlled Input to Select Classes or Code ('Unsafe Reflection')",
  476: 'NULL Pointer Dereference',
  489: 'Active Debug Code',
  494: 'Download of Code Without Integrity Check',
  502: 'Deserialization of Untrusted Data',
  506: 'Embedded Malicious Code',
  522: 'Insufficiently Protected Credentials',
  532: 'Insertion of Sensitive Information into Log File',
  601: "URL Redirection to Untrusted Site ('Open Redirect')",
  611: 'Improper Restriction of XML External Entity Reference',
  614: "Sensitive Cookie in HTTPS Session Without 'Secure' Attribute",
  643: "Improper Neutralization of Data within XPath Expressions ('XPath Injection')",
  676: 'Use of Potentially Dangerous Function',
  680: 'Integer Overflow to Buffer Overflow',
  693: 'Protection Mechanism Failure',
  732: 'Incorrect Permission Assignment for Critical Resource',
  770: 'Allocation of Resources Without Limits or Throttling',
  787: 'Out-of-bounds Write',
  798: 'Use of Hard-coded Credentials',
  829: 'Inclusion of Functionality from Untrusted Control Sphere',
  915: 'Improperly Controlled Modification of Dynamically-Determined Object Attributes',
  916: 'Use of Password Hash With Insufficient Computational Effort',
  918: 'Server-Side Request Forgery (SSRF)',
  942: 'Permissive Cross-domain Policy with Untrusted Domains',
  1004: "Sensitive Cookie Without 'HttpOnly' Flag",
  1321: "Improperly Controlled Modification of Object Prototype Attributes ('Prototype Pollution')",
  1333: 'Inefficient Regular Expression Complexity',
  1336: 'Improper Neutralization of Special Elements Used in a Template Engine',
  1427: 'Improper Neutralization of Input Used for LLM Prompting',
};

/** The number of a `CWE-78` style id (rules are normalised to that form), or undefined. */
export function cweNumber(cwe: string): number | undefined {
  const m = /^CWE-0*(\d+)$/i.exec(cwe.trim());
  return m ? Number(m[1]) : undefined;
}

/** The CWE's title, when Vigil knows it. */
export function cweName(cwe: string): string | undefined {
  const n = cweNumber(cwe);
  return n === undefined ? undefined : CWE_NAMES[n];
}

export function cweUrl(cwe: string): string | undefined {
  const n = cweNumber(cwe);
  return n === undefined ? undefined : `https://cwe.mitre.org/data/definitions/${n}.html`;
}
