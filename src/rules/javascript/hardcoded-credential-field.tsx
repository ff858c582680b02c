export class Login extends React.Component {
  // ruleid: javascript.hardcoded-credential-field
  adminPassword = 'letmein2024';
  // ok: javascript.hardcoded-credential-field
  passwordPlaceholder = 'Password';
  render() { return <form />; }
}
