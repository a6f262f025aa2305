import type { TranslationOf } from '../../catalog';
import type { providers as english } from '../en/providers';

export const providers: TranslationOf<typeof english> = {
  'providers.auth.m365SmtpAuthDisabled.title':
    'Microsoft 365: o SMTP AUTH está desativado para este locatário ou esta caixa de correio',
  'providers.auth.m365SmtpAuthDisabled.summary':
    'O SMTP AUTH vem desativado nas organizações criadas depois de janeiro de 2020. Três configurações precisam permiti-lo: os padrões de segurança, a configuração do locatário SmtpClientAuthenticationDisabled e o “SMTP autenticado” da caixa de correio.',
  'providers.auth.m365SmtpAuthDisabled.step1':
    'Peça ao administrador do Microsoft 365 que ative o “SMTP autenticado” para esta caixa de correio.',
  'providers.auth.m365SmtpAuthDisabled.step2':
    'Se o locatário bloquear (SmtpClientAuthenticationDisabled = true) ou os padrões de segurança estiverem ativos, o administrador precisa permitir o SMTP AUTH no locatário ou abrir uma exceção para a caixa de correio.',
  'providers.auth.m365SmtpAuthDisabled.step3':
    'Prefira OAuth2 quando o app oferecer: a autenticação básica (Basic) do SMTP AUTH está sendo descontinuada.',

  'providers.auth.m365BasicAuthRetirement.title':
    'Microsoft 365: a autenticação básica (Basic) do SMTP AUTH está sendo descontinuada',
  'providers.auth.m365BasicAuthRetirement.summary':
    'O Exchange Online está removendo o login com nome de usuário e senha (Basic) do envio SMTP por clientes (Message Center MC786329). Os apps precisam migrar para OAuth2 ou para outra forma de envio.',
  'providers.auth.m365BasicAuthRetirement.step1':
    'Se o app ou o dispositivo aceitar OAuth2 para SMTP, mude para OAuth2.',
  'providers.auth.m365BasicAuthRetirement.step2':
    'Se não aceitar: envie por um relay SMTP com conector, pelo Azure Communication Services Email, pelo Microsoft 365 High Volume Email (e-mail interno) ou por um relay de terceiros.',
  'providers.auth.m365BasicAuthRetirement.step3':
    'Até o padrão mudar, um administrador pode manter o SMTP AUTH Basic por locatário; mesmo assim, planeje a mudança.',
  'providers.auth.m365BasicAuthRetirement.timeline.announced': 'Anunciado para setembro de 2025.',
  'providers.auth.m365BasicAuthRetirement.timeline.delayed':
    'Adiado: as recusas começariam em 2026-03-01 e chegariam a 100 % em 2026-04-30.',
  'providers.auth.m365BasicAuthRetirement.timeline.replanned': 'Replanejado: nada muda até dezembro de 2026.',
  'providers.auth.m365BasicAuthRetirement.timeline.defaultOff':
    'Fim de dezembro de 2026: desativado por padrão nos locatários existentes; os administradores ainda podem ativá-lo. Locatários criados depois de dezembro de 2026 não o têm disponível por padrão.',
  'providers.auth.m365BasicAuthRetirement.timeline.finalDate':
    'Segundo semestre de 2027: a Microsoft anuncia a data de remoção definitiva.',
  'providers.auth.m365BasicAuthRetirement.status.before':
    'Até o fim de dezembro de 2026, o SMTP AUTH com autenticação básica (Basic) continua funcionando onde o locatário permite.',
  'providers.auth.m365BasicAuthRetirement.status.after':
    'Desde o fim de dezembro de 2026, o SMTP AUTH com autenticação básica (Basic) está desativado por padrão nos locatários existentes (um administrador pode reativá-lo) e indisponível por padrão nos novos; a Microsoft anunciará a data de remoção definitiva no segundo semestre de 2027.',

  'providers.auth.outlookComOAuth.title':
    'Outlook.com / Hotmail: as senhas não funcionam mais em apps de e-mail',
  'providers.auth.outlookComOAuth.summary':
    'Desde 2024-09-16, as contas pessoais da Microsoft (outlook.com, hotmail.com, live.com, msn.com) só aceitam autenticação moderna (OAuth2) em outros apps de e-mail. Senhas e senhas de app são recusadas via SMTP.',
  'providers.auth.outlookComOAuth.step1':
    'Use um app de e-mail que faça login com a Microsoft (OAuth2): Outlook atual, Thunderbird, Apple Mail.',
  'providers.auth.outlookComOAuth.step2':
    'Para um script ou dispositivo que só consegue enviar uma senha, envie por outro provedor ou por um relay.',

  'providers.auth.googleLessSecureApps.title': 'Google: a senha da conta não funciona mais para SMTP',
  'providers.auth.googleLessSecureApps.summary':
    'O Google desativou o login com senha para “apps menos seguros”: nas contas pessoais em 2022-05-30 e nas contas do Workspace em 2024-09-30 (“com exceção das senhas de app”). O Gmail responde “535 5.7.8 Username and Password not accepted” ou “534 5.7.9 Application-specific password required”.',
  'providers.auth.googleLessSecureApps.step1': 'Ative a verificação em duas etapas na Conta do Google.',
  'providers.auth.googleLessSecureApps.step2':
    'Crie uma senha de app e use-a no lugar da senha da conta (o nome de usuário continua sendo seu endereço completo).',
  'providers.auth.googleLessSecureApps.step3': 'Ou use um app que faça login com o Google (OAuth2).',
  'providers.auth.googleLessSecureApps.timeline.personalOff':
    'Apps menos seguros desativados nas contas pessoais do Google.',
  'providers.auth.googleLessSecureApps.timeline.workspaceNew':
    'Workspace: novas conexões de apps menos seguros recusadas.',
  'providers.auth.googleLessSecureApps.timeline.workspaceOff':
    'Workspace: login com senha desativado para IMAP, SMTP, POP, CalDAV, CardDAV (exceto senhas de app).',

  'providers.auth.appPassword.title': '{provider}: use uma senha de app',
  'providers.auth.appPassword.step1': 'Crie uma senha de app nas configurações da sua conta {provider}.',
  'providers.auth.appPassword.step2': 'Digite-a no app de e-mail no lugar da senha da sua conta.',
  'providers.auth.yahoo.summary':
    'Apps de e-mail que não usam a página de login do próprio Yahoo precisam entrar com uma senha de app (“Gerar senha de app” em Segurança da conta). As senhas de app continuam funcionando depois que você muda a senha principal.',
  'providers.auth.icloud.summary':
    'O iCloud Mail recusa a senha da Conta Apple via SMTP: crie uma senha específica de app (exige a autenticação de dois fatores) e use seu endereço do iCloud como nome de usuário.',
  'providers.auth.fastmail.summary':
    'Fastmail: sua senha normal do Fastmail não funciona em apps de e-mail — crie uma senha de app com acesso SMTP. O plano Basic não tem SMTP.',
  'providers.auth.yandex.summary':
    'Apps de e-mail entram no Yandex com uma senha de app; “quando a autenticação de dois fatores está ativada, as senhas de app são obrigatórias”.',
  'providers.auth.zoho.summary':
    'Com a autenticação de dois fatores ativada, o Zoho Mail exige uma senha específica de aplicativo nos apps de e-mail. Use o host SMTP do seu data center (smtp.zoho.eu, smtp.zoho.in, …).',
  'providers.username.email': 'seu endereço de e-mail completo',
  'providers.username.localpart': 'a parte do seu endereço antes do @',
  'providers.username.literal': 'exatamente o texto “{value}”',
  'providers.discovery.detail.noUsableServer': 'nenhum servidor SMTP utilizável',
  'providers.discovery.detail.noSrv': 'nenhum registro SRV',
  'providers.discovery.detail.noDomain': 'o domínio não existe',
  'providers.discovery.detail.noMx': 'nenhum registro MX',
  'providers.discovery.detail.mxUnknown': 'o host MX não é de nenhum provedor conhecido',
  'providers.discovery.detail.mxUnknownIspdb':
    'o host MX não é de nenhum provedor conhecido; ISPDB {base}: {detail}',
  'providers.discovery.detail.noPreset': 'nenhuma configuração predefinida para este domínio',
  'providers.discovery.detail.offline': 'sem conexão',
  'providers.discovery.detail.noNetwork': 'sem acesso à rede nem resolvedor',
  'providers.discovery.notConfirmed': '{text} (não confirmado)',
  'providers.discovery.username.asGiven': 'conforme informado pelo provedor',
  'providers.discovery.username.formed': 'formado como {template}',
  'providers.discovery.username.srv': 'não publicado no DNS: em geral seu endereço de e-mail completo',
  'providers.discovery.plainLast':
    'Um servidor oferecido sem TLS aparece por último; evite-o quando outro funcionar.',
  'providers.discovery.oauthOnly':
    'Este provedor só aceita login com OAuth2: use um app de e-mail compatível.',
  'providers.discovery.srvNotOffered': '{label} está publicado como não oferecido (destino “.”).',
  'providers.discovery.mxProvider': 'O e-mail deste domínio é atendido por {provider} (MX {mx}).',
  'providers.discovery.mxIspdb': 'Encontrado pelo domínio {base} do host MX no ISPDB do Thunderbird.',
  'providers.discovery.notAnAddress': 'Isso não é um endereço de e-mail nem um nome de domínio.',
  'providers.discovery.skipped':
    'A busca na rede foi pulada; só as predefinições embutidas foram verificadas.',
  'providers.discovery.failed':
    'A busca na rede falhou (sem resposta do DNS nem dos servidores autoconfig); só as predefinições embutidas foram verificadas.',
  'providers.discovery.nothing':
    'Nenhuma fonte publica configurações de envio para este domínio. Pergunte ao provedor de e-mail ou tente smtp.<domain> / mail.<domain> na 587 (STARTTLS) ou na 465 (TLS).',
};
