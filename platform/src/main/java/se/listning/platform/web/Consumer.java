package se.listning.platform.web;

/**
 * The authenticated caller.
 *
 * @param senderId the HSA-id the platform authorises (from the client certificate or, for trusted callers, a header)
 * @param originalConsumer the consumer the call is made on behalf of, passed on in x-rivta-original-serviceconsumer-hsaid
 * @param source where senderId came from, for the call log
 */
record Consumer(String senderId, String originalConsumer, String source) {
}
