import { Extension } from '@tiptap/core'

export interface SubmitOnEnterOptions {
  onSubmit(): void
}

/**
 * Enter submits (a note typed into the selection popover is short); Shift+Enter
 * still breaks the line. Runs before the list and paragraph keymaps.
 */
export const SubmitOnEnter = Extension.create<SubmitOnEnterOptions>({
  name: 'submitOnEnter',
  priority: 1000,
  addOptions() {
    return { onSubmit: () => {} }
  },
  addKeyboardShortcuts() {
    const submit = () => {
      this.options.onSubmit()
      return true
    }
    return { Enter: submit, 'Mod-Enter': submit }
  },
})
