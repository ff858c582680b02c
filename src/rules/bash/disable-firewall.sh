# ruleid: bash.disable-firewall
sudo ufw disable
# ruleid: bash.disable-firewall
systemctl stop firewalld
# ruleid: bash.disable-firewall
sudo systemctl disable --now firewalld.service
# ruleid: bash.disable-firewall
iptables -F && iptables -P INPUT ACCEPT
# ruleid: bash.disable-firewall
nft flush ruleset
# ruleid: bash.disable-firewall
service iptables stop
# ok: bash.disable-firewall
sudo ufw allow 8080/tcp
# ok: bash.disable-firewall
sudo systemctl restart firewalld
# ok: bash.disable-firewall
iptables -P INPUT DROP
# ok: bash.disable-firewall
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
# ok: bash.disable-firewall
sudo ufw status verbose
