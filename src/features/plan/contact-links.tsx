import { dialable } from './crisis-lines';
import styles from './plan.module.css';

/** "Call Sam" and "Text Sam": one tap opens the phone's own call or message screen. */
export function ContactLinks({ name, call, text }: { name: string; call?: string; text?: string }) {
  const callTo = call ? dialable(call) : '';
  const textTo = text ? dialable(text) : '';
  if (!callTo && !textTo) return null;
  return (
    <span className={styles.contactLinks}>
      {callTo ? (
        <a className={styles.contactLink} href={`tel:${callTo}`}>
          Call {name}
        </a>
      ) : null}
      {textTo ? (
        <a className={styles.contactLink} href={`sms:${textTo}`}>
          Text {name}
        </a>
      ) : null}
    </span>
  );
}
