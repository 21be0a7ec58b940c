import net from 'node:net';
import { AppError } from '../errors';

export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new AppError(
              'PORT_IN_USE',
              `Port ${port} is already in use (is Netprep already running?). Stop that process or choose another port: PORT=${port + 1} npm start`,
            )
          : new AppError('PORT_UNAVAILABLE', `Cannot listen on port ${port}: ${error.message}. Choose another port with PORT=…`),
      ),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}
