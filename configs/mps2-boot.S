/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Boot stub for the no-MMU target.  QEMU starts an M-profile CPU from the
 * vector table at address 0 and knows no Linux boot protocol for it, so
 * this is loaded there: it enters the kernel (vmlinux, whose stext QEMU
 * loaded at CONFIG_DRAM_BASE + TEXT_OFFSET) the way a boot loader would,
 * with r0 = 0, r1 = ~0 (no machine number: device tree) and r2 = the
 * device tree, which QEMU loaded at DTB.  Like the board's firmware, it
 * first enables UART0's transmitter: Linux's console on it only writes.
 */
	.syntax unified
	.thumb

	.equ	STACK, 0x20200000	@ SSRAM, outside the kernel's RAM
	.equ	DTB, 0x20000000
	.equ	ENTRY, 0x21008000
	.equ	UART0, 0x40004000

	.word	STACK
	.word	reset + 1		@ Thumb
reset:
	ldr	r0, =UART0
	movs	r1, #16
	str	r1, [r0, #0x10]		@ BAUDDIV: QEMU's minimum
	movs	r1, #1
	str	r1, [r0, #0x8]		@ CTRL: TX enable
	movs	r0, #0
	mov	r1, #-1
	ldr	r2, =DTB
	ldr	r3, =ENTRY + 1
	bx	r3
	.ltorg
