import paramiko

def connect(host):
    client = paramiko.SSHClient()
    # ruleid: python.ssh-auto-add-policy
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    # ruleid: python.ssh-auto-add-policy
    client.set_missing_host_key_policy(paramiko.WarningPolicy)
    client.load_system_host_keys()
    # ok: python.ssh-auto-add-policy
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    return client
