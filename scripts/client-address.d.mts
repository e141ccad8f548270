import type { IncomingMessage } from "node:http";

export declare const CLIENT_ADDRESS_HEADER: string;
export declare function chooseClientAddress(request: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustProxyHops: number;
}): string;
export declare function stampClientAddress(request: IncomingMessage, trustProxyHops: number): void;
