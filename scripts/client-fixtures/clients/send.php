<?php
// PHPMailer from Debian's libphp-phpmailer, as in its README example; debug output when asked.
use PHPMailer\PHPMailer\PHPMailer;
use PHPMailer\PHPMailer\SMTP;
require '/usr/share/php/libphp-phpmailer/autoload.php';
$spec = json_decode(getenv('CG_SPEC'), true);
$mail = new PHPMailer();
$mail->isSMTP();
$mail->Host = $spec['host'];
$mail->Port = $spec['port'];
$mail->Timeout = 10;
$mail->SMTPDebug = getenv('CG_DEBUG') ? SMTP::DEBUG_SERVER : SMTP::DEBUG_OFF;
if ($spec['mode'] === 'implicit') $mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS;
elseif ($spec['mode'] === 'starttls') $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
else $mail->SMTPAutoTLS = false;
$mail->SMTPOptions = ['ssl' => ['cafile' => $spec['ca']]];
if (!empty($spec['user'])) {
    $mail->SMTPAuth = true;
    $mail->Username = $spec['user'];
    $mail->Password = $spec['pass'];
}
$mail->setFrom($spec['from']);
$mail->addAddress($spec['to']);
$mail->Subject = 'Test';
$mail->Body = str_repeat('x', $spec['bodyBytes']);
if (!$mail->send()) {
    echo 'Mailer Error: ' . $mail->ErrorInfo . "\n";
    exit(1);
}
echo "Message sent!\n";
