;; racket/base's namespace anchors: define-namespace-anchor captures where it is (a module's
;; inside, or the top level) for eval through namespace-anchor->namespace.
(module namespace-anchor "pre-base.rkt"
  (#%provide define-namespace-anchor namespace-anchor? namespace-anchor->namespace
             namespace-anchor->empty-namespace)

  (struct namespace-anchor (ref))

  (define-syntax-rule (define-namespace-anchor anchor)
    (define anchor (namespace-anchor (#%variable-reference))))

  (define (namespace-anchor->namespace a)
    (unless (namespace-anchor? a) (raise-argument-error 'anchor->namespace "namespace-anchor?" a))
    (variable-reference->namespace (namespace-anchor-ref a)))

  (define (namespace-anchor->empty-namespace a)
    (unless (namespace-anchor? a) (raise-argument-error 'anchor->empty-namespace "namespace-anchor?" a))
    (variable-reference->empty-namespace (namespace-anchor-ref a))))
