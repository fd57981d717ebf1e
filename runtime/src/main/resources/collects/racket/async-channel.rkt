;; racket/async-channel: buffered asynchronous channels (the Java module '#%async-channel).
(module async-channel "private/pre-base.rkt"
  (#%require '#%async-channel)
  (#%provide make-async-channel async-channel? async-channel-get async-channel-try-get
             async-channel-put async-channel-put-evt))
